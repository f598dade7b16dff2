package org.kotmai.extract;

import java.util.Locale;

/** Formats sizes for messages meant for people, who think in megabytes rather than bytes. */
final class ByteCount {

    private static final long MEBIBYTE = 1024L * 1024L;

    private ByteCount() {
    }

    static String describe(long bytes) {
        if (bytes < MEBIBYTE) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MEBIBYTE);
    }
}
