package org.kotmai.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * Unpacks the Elasticsearch zip once per version. The zip is unpacked into a scratch directory and renamed into
 * place only when complete, so a crash or a full disk never leaves a half-unpacked distribution that later looks
 * valid.
 */
final class DistributionInstaller {

    private static final Logger log = LoggerFactory.getLogger(DistributionInstaller.class);

    /** Jar-compressed content barely shrinks in a zip; twice the zip size bounds the unpacked size comfortably. */
    private static final int UNPACK_FACTOR = 2;

    private final DiskSpace diskSpace;

    DistributionInstaller(DiskSpace diskSpace) {
        this.diskSpace = diskSpace;
    }

    /** Returns the Elasticsearch home directory, unpacking the distribution if this version is not there yet. */
    Path install(Resource zip, Path distributions, long minFreeAfter) {
        if (!zip.exists()) {
            throw new ManagedNodeException("Elasticsearch distribution " + zip.getDescription() + " is not on the"
                    + " classpath. Build with ./mvnw (the maven-dependency-plugin copies it into the class output),"
                    + " or set kotmai.elasticsearch.uris to use an external cluster.");
        }
        try {
            Files.createDirectories(distributions);
            String version = topDirectory(zip);
            Path home = distributions.resolve(version);
            if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
                return home;
            }
            diskSpace.require(distributions, zip.contentLength() * UNPACK_FACTOR + minFreeAfter,
                    "unpack Elasticsearch " + version);
            Path scratch = Files.createTempDirectory(distributions, ".unpack-");
            try {
                log.info("Unpacking {} into {}", version, home);
                unzip(zip, scratch);
                moveIntoPlace(scratch.resolve(version), home);
            } finally {
                deleteRecursively(scratch);
            }
            return home;
        } catch (IOException e) {
            throw new ManagedNodeException(unpackFailure(zip, distributions, e), e);
        }
    }

    private static String unpackFailure(Resource zip, Path distributions, IOException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("No space left on device")) {
            return "Disk full while unpacking " + zip.getDescription() + " into " + distributions
                    + ". Free some space on that volume or point kotmai.data-dir elsewhere.";
        }
        return "Could not unpack " + zip.getDescription() + " into " + distributions + ": " + reason
                + ". Check that the directory is writable and the zip is intact (rebuild with ./mvnw clean package).";
    }

    private static String topDirectory(Resource zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip.getInputStream())) {
            ZipEntry first = in.getNextEntry();
            if (first == null) {
                throw new IOException("the zip is empty");
            }
            String name = first.getName();
            int slash = name.indexOf('/');
            if (slash <= 0 || !name.startsWith("elasticsearch-")) {
                throw new IOException("the zip does not start with an elasticsearch-<version>/ directory");
            }
            return name.substring(0, slash);
        }
    }

    private static void unzip(Resource zip, Path target) throws IOException {
        try (InputStream raw = zip.getInputStream(); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry " + entry.getName() + " points outside the target directory");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                // java.util.zip drops Unix modes; only the launcher scripts need to be executable.
                if (out.getParent().getFileName().toString().equals("bin")) {
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static void moveIntoPlace(Path unpacked, Path home) throws IOException {
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A concurrent process that unpacked the same version first leaves a copy as good as ours.
            if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
                throw e;
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
