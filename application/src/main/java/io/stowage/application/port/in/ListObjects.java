package io.stowage.application.port.in;

import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.value.StorableText;
import java.util.List;

/** Lists one folder level of a bucket, showing only what the caller may read. */
public interface ListObjects {

    /** @param prefix a folder path, with or without its trailing '/', or "" for the root */
    record Command(Principal caller, BucketName bucket, String prefix, String search,
            ObjectListQuery.SortColumn sortColumn, boolean descending, int limit, int offset) {

        public Command {
            StorableText.require("prefix", prefix);
            StorableText.require("search", search);
        }
    }

    List<ObjectListEntry> listObjects(Command command);
}
