package org.kotmai.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded document (PDF, DOCX, DOC, ODT, RTF, HTML or plain text) into text with its
 * line structure, or explains per file why it cannot. Safe for concurrent use. Thai text repair
 * is deliberately not done here: callers repair with {@code ThaiTextRepair} and
 * {@link ExtractedDocument#fromPdf()}.
 */
@Component
public class DocumentExtractor implements AutoCloseable {

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final DetectedType DECLARED_TEXT =
            new DetectedType(DocumentFormat.TEXT, MediaType.TEXT_PLAIN.toString());

    private final IngestLimits limits;
    private final FormatDetector formats;
    private final ZipBombGuard zipBombGuard;
    private final TikaTextParser parser;
    private final PlainTextDecoder plainText;
    private final RtfIntegrity rtfIntegrity = new RtfIntegrity();
    private final TextLayout layout = new TextLayout();
    private final ExecutorService parseThreads = Executors.newCachedThreadPool(daemonThreads());

    public DocumentExtractor(IngestLimits limits) {
        this.limits = limits;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        CharsetSniffer sniffer = new CharsetSniffer();
        this.formats = new FormatDetector(tika, sniffer);
        this.zipBombGuard = new ZipBombGuard(limits);
        this.parser = new TikaTextParser(tika, sniffer, limits);
        this.plainText = new PlainTextDecoder(sniffer, tika.getEncodingDetector(), limits);
    }

    /**
     * @param fileName name shown in messages and used as a format hint, e.g. {@code laws/foo.pdf}
     * @param file     the document on disk
     * @throws ExtractionException naming the file, the problem and what to do about it
     */
    public ExtractedDocument extract(String fileName, Path file) {
        checkSize(fileName, file);
        DetectedType type = detect(fileName, file);
        if (type.format().isZipContainer()) {
            zipBombGuard.check(fileName, file);
        }
        return finish(fileName, file, type, parseWithTimeout(fileName, file, type));
    }

    /**
     * Extracts a file its source declares to be UTF-8 Thai plain text, as a Krisdika dump does for its law files.
     * When the bytes bear the declaration out (see {@link DeclaredPlainText}) they are decoded at once, giving
     * what {@link #extract(String, Path)} gives after content detection and charset sniffing, which cost an
     * import a tenth of its extraction time; any other file goes through {@link #extract(String, Path)}.
     *
     * @throws ExtractionException naming the file, the problem and what to do about it
     */
    public ExtractedDocument extractDeclaredText(String fileName, Path file) {
        checkSize(fileName, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExtractionException(fileName, FailureReason.UNREADABLE,
                    "the file cannot be read (" + e.getMessage() + ")", e);
        }
        Optional<String> text = DeclaredPlainText.decode(bytes).filter(t -> t.length() <= limits.maxExtractedChars());
        if (text.isEmpty()) {
            return extract(fileName, file);
        }
        return finish(fileName, file, DECLARED_TEXT,
                new ParsedText(text.get(), StandardCharsets.UTF_8.name(), List.of()));
    }

    private ExtractedDocument finish(String fileName, Path file, DetectedType type, ParsedText parsed) {
        // A plain-text file's own layout carries structure the statute parser reads (CR LF wraps inside a
        // paragraph, rule lines of spaces, runs of empty lines), so it is passed on as decoded.
        String text = type.format() == DocumentFormat.TEXT ? layout.trimEnds(parsed.text())
                : layout.normalise(parsed.text());
        if (text.isBlank()) {
            throw new ExtractionException(fileName, FailureReason.NO_TEXT,
                    "no text could be extracted from this " + type.format().label() + " file");
        }
        List<String> warnings = new ArrayList<>(parsed.warnings());
        long undecodable = text.chars().filter(c -> c == REPLACEMENT_CHARACTER).count();
        if (undecodable > 0) {
            warnings.add(fileName + ": " + undecodable + " character(s) are unreadable and appear as U+FFFD "
                    + "(bytes invalid in " + (parsed.charset() == null ? "the document's encoding" : parsed.charset())
                    + ", or control characters); re-save the file as UTF-8 and check those places");
        }
        if (type.format() == DocumentFormat.RTF) {
            warnRtfTruncation(fileName, file, warnings);
        }
        return new ExtractedDocument(text, type.mediaType(), type.format() == DocumentFormat.PDF,
                parsed.charset(), warnings);
    }

    /**
     * Streams the content to a temporary file, stopping as soon as it exceeds the size limit,
     * then extracts it as {@link #extract(String, Path)} does.
     */
    public ExtractedDocument extract(String fileName, InputStream content) {
        Path spool = null;
        try {
            spool = Files.createTempFile("kotmai-extract-", ".upload");
            copyWithinLimit(fileName, content, spool);
            return extract(fileName, spool);
        } catch (IOException e) {
            throw new ExtractionException(fileName, FailureReason.UNREADABLE,
                    "the upload could not be read or spooled to disk (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }

    private void checkSize(String fileName, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(fileName, FailureReason.UNREADABLE, "the file does not exist", e);
        } catch (IOException e) {
            throw new ExtractionException(fileName, FailureReason.UNREADABLE,
                    "the file cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new ExtractionException(fileName, FailureReason.EMPTY, "the file is empty (0 bytes)");
        }
        if (size > limits.maxFileSize().toBytes()) {
            throw tooLarge(fileName, size);
        }
    }

    private DetectedType detect(String fileName, Path file) {
        try {
            return formats.detect(fileName, file);
        } catch (IOException e) {
            throw new ExtractionException(fileName, FailureReason.UNREADABLE,
                    "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Parses on a worker thread so the caller can give up after the timeout. Tika's parsers do
     * not check for interruption, so a timed-out parse may keep its (daemon) worker busy until
     * it ends by itself; the caller and the rest of the batch are free at once.
     */
    private ParsedText parseWithTimeout(String fileName, Path file, DetectedType type) {
        Future<ParsedText> result = parseThreads.submit(() -> type.format() == DocumentFormat.TEXT
                ? plainText.decode(fileName, file)
                : parser.parse(fileName, file, type));
        try {
            return result.get(limits.parseTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ExtractionException(fileName, FailureReason.TIMEOUT,
                    "parsing took longer than " + describe(limits.parseTimeout()), e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(fileName, FailureReason.TIMEOUT, "extraction was interrupted", e);
        } catch (ExecutionException e) {
            throw parseFailure(fileName, type, e.getCause());
        }
    }

    private ExtractionException parseFailure(String fileName, DetectedType type, Throwable cause) {
        if (cause instanceof ExtractionException alreadyExplained) {
            return alreadyExplained;
        }
        if (cause instanceof EncryptedDocumentException) {
            return new ExtractionException(fileName, FailureReason.ENCRYPTED,
                    "the " + type.format().label() + " file is password-protected", cause);
        }
        if (WriteLimitReachedException.isWriteLimitReached(cause)) {
            return new ExtractionException(fileName, FailureReason.TEXT_TOO_LONG,
                    "the document holds more than " + limits.maxExtractedChars() + " characters of text", cause);
        }
        if (cause instanceof StackOverflowError) {
            return new ExtractionException(fileName, FailureReason.CORRUPT,
                    "the document's structure is nested too deeply to read", cause);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ExtractionException(fileName, FailureReason.CORRUPT, "the file is damaged or not a valid "
                + type.format().label() + " file (" + rootMessage(cause) + ")", cause);
    }

    private void warnRtfTruncation(String fileName, Path file, List<String> warnings) {
        try {
            int open = rtfIntegrity.unclosedGroups(file);
            if (open > 0) {
                warnings.add(fileName + ": the RTF ends with " + open + " group(s) still open, so it is "
                        + "probably truncated; check that the text is complete");
            }
        } catch (IOException e) {
            warnings.add(fileName + ": could not check the RTF for truncation (" + e.getMessage() + ")");
        }
    }

    private void copyWithinLimit(String fileName, InputStream content, Path target) throws IOException {
        long max = limits.maxFileSize().toBytes();
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                copied += n;
                if (copied > max) {
                    throw uploadTooLarge(fileName);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private ExtractionException tooLarge(String fileName, long size) {
        return new ExtractionException(fileName, FailureReason.TOO_LARGE, "the file is "
                + ByteCount.describe(size) + ", more than the " + ByteCount.describe(limits.maxFileSize().toBytes())
                + " allowed");
    }

    private ExtractionException uploadTooLarge(String fileName) {
        return new ExtractionException(fileName, FailureReason.TOO_LARGE,
                "the upload exceeds the " + ByteCount.describe(limits.maxFileSize().toBytes()) + " allowed");
    }

    private static String describe(Duration duration) {
        return duration.toSeconds() > 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void deleteQuietly(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; failing the extraction over it would not be.
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kotmai-extract-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
