package io.stowage.adapter.fs;

import io.stowage.application.port.out.RenditionCache;
import io.stowage.domain.value.ContentType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Renditions as files in one directory, each a fixed header naming its media type and then the image;
 * written to a temporary name and moved into place, so a reader never sees half a rendition. The total
 * size is bounded: past it the least recently used files are deleted (the newest is always kept).
 * Recency lives in memory; after a restart the files' modification times seed it.
 */
public final class FsRenditionCache implements RenditionCache {

    static final int HEADER_BYTES = 256;
    private static final Logger LOG = System.getLogger(FsRenditionCache.class.getName());
    private static final String TEMP_PREFIX = "tmp-";

    private final Path dir;
    private final long maxBytes;
    /** key to file size, in access order: the first entry is the least recently used. */
    private final LinkedHashMap<String, Long> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long totalBytes;

    public FsRenditionCache(Path dir, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the rendition cache size must be positive");
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(dir);
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the rendition cache at " + dir, e);
        }
    }

    @Override
    public Optional<Entry> open(String key) {
        requireKey(key);
        synchronized (entries) {
            if (entries.get(key) == null) {
                return Optional.empty();
            }
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(key), StandardOpenOption.READ);
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
                // positional reads until the header is complete or the file ends
            }
            if (header.hasRemaining()) {
                throw new IOException("truncated rendition header");
            }
            ContentType type = new ContentType(new String(header.array(), StandardCharsets.US_ASCII).strip());
            return Optional.of(new Entry(type, new RenditionFile(channel, channel.size() - HEADER_BYTES)));
        } catch (NoSuchFileException evicted) {
            forget(key);
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "dropping unreadable rendition " + key + ": " + unreadable.getMessage());
            close(channel);
            remove(key);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Producer producer) throws IOException {
        requireKey(key);
        Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.position(HEADER_BYTES);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                ContentType type = producer.writeTo(out);
                out.flush();
                channel.write(header(type), 0);
                size = channel.size();
            }
            Files.move(temp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            admit(key, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The bytes kept now, headers included. */
    public long totalBytes() {
        synchronized (entries) {
            return totalBytes;
        }
    }

    private void admit(String key, long size) {
        List<String> evicted = new java.util.ArrayList<>();
        synchronized (entries) {
            Long previous = entries.put(key, size);
            totalBytes += size - (previous == null ? 0 : previous);
            Iterator<Map.Entry<String, Long>> eldest = entries.entrySet().iterator();
            while (totalBytes > maxBytes && entries.size() > 1) {
                Map.Entry<String, Long> victim = eldest.next();
                if (victim.getKey().equals(key)) {
                    continue;
                }
                totalBytes -= victim.getValue();
                evicted.add(victim.getKey());
                eldest.remove();
            }
        }
        evicted.forEach(this::delete);
    }

    private void remove(String key) {
        forget(key);
        delete(key);
    }

    private void forget(String key) {
        synchronized (entries) {
            Long size = entries.remove(key);
            if (size != null) {
                totalBytes -= size;
            }
        }
    }

    private void delete(String key) {
        try {
            // a reader holding the file open keeps its bytes until it closes (POSIX unlink)
            Files.deleteIfExists(dir.resolve(key));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete evicted rendition " + key + ": " + e.getMessage());
        }
    }

    private void load() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted(Comparator.comparing(FsRenditionCache::modified)).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX)) {
                    Files.deleteIfExists(file);
                } else if (isKey(name) && Files.isRegularFile(file)) {
                    admit(name, Files.size(file));
                }
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static ByteBuffer header(ContentType type) {
        byte[] text = type.value().getBytes(StandardCharsets.US_ASCII);
        if (text.length >= HEADER_BYTES) {
            throw new IllegalArgumentException("media type too long for a rendition header");
        }
        byte[] padded = new byte[HEADER_BYTES];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(text, 0, padded, 0, text.length);
        return ByteBuffer.wrap(padded);
    }

    private static void requireKey(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a rendition key: " + key);
        }
    }

    /** Lower-case hex only: a key can never name a path outside the directory. */
    private static boolean isKey(String name) {
        return !name.isEmpty() && name.length() <= 128 && name.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
