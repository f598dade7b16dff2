package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses work that would fill the disk, before any byte is written. */
final class DiskSpace {

    private static final long MB = 1024 * 1024;

    /**
     * @param directory existing directory on the volume that will receive the data
     * @param needed    bytes that must be usable there
     * @param purpose   what the space is for, quoted in the error
     */
    void require(Path directory, long needed, String purpose) {
        long usable;
        try {
            usable = Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            throw new ManagedNodeException("Cannot read free space of " + directory + " to " + purpose + ": "
                    + e.getMessage(), e);
        }
        if (usable < needed) {
            throw new ManagedNodeException("Not enough free disk space to " + purpose + ": " + usable / MB
                    + " MB usable in " + directory + ", " + needed / MB + " MB needed. Free some space, point"
                    + " kotmai.data-dir at a larger volume, or lower kotmai.elasticsearch.managed.min-free-disk.");
        }
    }
}
