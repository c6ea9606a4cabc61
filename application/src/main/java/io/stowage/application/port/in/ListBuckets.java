package io.stowage.application.port.in;

import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.value.StorableText;
import java.util.List;
import java.util.Optional;

/** Lists the buckets the caller may see. */
public interface ListBuckets {

    record Command(Principal caller, Optional<String> search, BucketQuery.SortColumn sortColumn, boolean descending,
            int limit, int offset) {

        public Command {
            search.ifPresent(text -> StorableText.require("search", text));
        }
    }

    List<Bucket> listBuckets(Command command);
}
