package io.stowage.application.testing;

import io.stowage.application.port.out.BlobBookkeeping;
import io.stowage.application.port.out.ResumableUpload;
import io.stowage.application.port.out.ResumableUploadStore;
import io.stowage.application.port.out.UploadPart;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resumable uploads in memory, with the lock as a set of held ids. */
public final class InMemoryResumableUploadStore implements ResumableUploadStore {

    private final Map<String, ResumableUpload> uploads = new LinkedHashMap<>();
    private final Map<String, List<UploadPart>> parts = new LinkedHashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final BlobBookkeeping bookkeeping;

    public InMemoryResumableUploadStore(BlobBookkeeping bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    @Override
    public synchronized void create(ResumableUpload upload) {
        uploads.put(upload.id(), upload);
        parts.put(upload.id(), new ArrayList<>());
    }

    @Override
    public synchronized Optional<ResumableUpload> find(String id) {
        return Optional.ofNullable(uploads.get(id));
    }

    @Override
    public synchronized Optional<Lock> tryLock(String id) {
        if (!locked.add(id)) {
            return Optional.empty();
        }
        return Optional.of(() -> {
            synchronized (this) {
                locked.remove(id);
            }
        });
    }

    /** Holds the lock as another instance would. */
    public synchronized Lock holdLock(String id) {
        return tryLock(id).orElseThrow();
    }

    @Override
    public synchronized boolean addPart(String id, UploadPart part) {
        ResumableUpload upload = uploads.get(id);
        if (upload == null || upload.offset() != part.offset()) {
            return false;
        }
        uploads.put(id, new ResumableUpload(id, upload.owner(), upload.bucket(), upload.key(), upload.volume(),
                upload.contentType(), upload.length(), part.offset() + part.size(), upload.upsert(),
                upload.cacheControl(), upload.userMetadata(), upload.createdAt(), upload.expiresAt()));
        parts.get(id).add(part);
        bookkeeping.forgetIntent(part.location().version());
        return true;
    }

    @Override
    public synchronized List<UploadPart> parts(String id) {
        return List.copyOf(parts.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void delete(String id) {
        uploads.remove(id);
        parts.remove(id);
    }

    @Override
    public synchronized List<ResumableUpload> expired(Instant now, int limit) {
        return uploads.values().stream().filter(upload -> upload.expiresAt().isBefore(now))
                .sorted(Comparator.comparing(ResumableUpload::expiresAt)).limit(limit).toList();
    }

    public synchronized int count() {
        return uploads.size();
    }
}
