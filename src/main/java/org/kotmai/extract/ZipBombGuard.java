package org.kotmai.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates every part of a DOCX or ODT once, counting bytes instead of trusting the sizes the
 * archive declares (a crafted archive can lie about them), and stops at the first limit crossed.
 */
final class ZipBombGuard {

    /** Below this size a part may compress as well as it likes: tiny XML parts routinely reach 100:1. */
    private static final long RATIO_CHECK_FROM_BYTES = 1 << 20;

    private final IngestLimits limits;

    ZipBombGuard(IngestLimits limits) {
        this.limits = limits;
    }

    void check(String fileName, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw bomb(fileName, "the archive has " + zip.size() + " parts, more than the "
                        + limits.maxZipEntries() + " allowed");
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                total += inflatedSize(fileName, zip, entry, buffer, total);
            }
        } catch (IOException e) {
            throw new ExtractionException(fileName, FailureReason.CORRUPT,
                    "the document's ZIP structure is damaged (" + e.getMessage() + ")", e);
        }
    }

    private long inflatedSize(String fileName, ZipFile zip, ZipEntry entry, byte[] buffer, long totalBefore)
            throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (totalBefore + size > limits.maxZipUncompressedSize().toBytes()) {
                    throw bomb(fileName, "its parts expand to more than "
                            + ByteCount.describe(limits.maxZipUncompressedSize().toBytes()));
                }
                if (size > RATIO_CHECK_FROM_BYTES && size / compressed > limits.maxZipExpansionRatio()) {
                    throw bomb(fileName, "part " + entry.getName() + " expands more than "
                            + limits.maxZipExpansionRatio() + " times its compressed size");
                }
            }
        }
        return size;
    }

    private static ExtractionException bomb(String fileName, String problem) {
        return new ExtractionException(fileName, FailureReason.ZIP_BOMB, problem);
    }
}
