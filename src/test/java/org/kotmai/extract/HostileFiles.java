package org.kotmai.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Generates 30 hostile or awkward uploads at test time, so nothing large or binary is committed.
 * Public for ingest tests elsewhere: each {@link HostileFile} records the outcome the extractor
 * must produce. Files are sized against {@link IngestLimits#defaults()}.
 */
public final class HostileFiles {

    /** Synthetic Thai recipe: well-formed text that is not law, for the statute parser to reject. */
    public static final String THAI_RECIPE = """
            สูตรแกงเขียวหวานไก่
            วัตถุดิบ: เนื้อไก่ ๓๐๐ กรัม พริกแกงเขียวหวาน ๒ ช้อนโต๊ะ กะทิ ๒ ถ้วย
            วิธีทำ: ผัดพริกแกงกับหัวกะทิจนหอม ใส่ไก่ แล้วเติมกะทิส่วนที่เหลือ
            """;

    private static final long SIXTY_MB = 60L * 1024 * 1024;
    private static final int BOMB_PART_BYTES = 20 * 1024 * 1024;

    private final Path dir;
    private final List<HostileFile> files = new ArrayList<>();
    private final Random random = new Random(20260101L);

    private HostileFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes all hostile files into {@code dir} and returns them with their expected outcomes. */
    public static List<HostileFile> writeAll(Path dir) throws IOException {
        HostileFiles writer = new HostileFiles(dir);
        writer.writePdfs();
        writer.writeWordProcessorFiles();
        writer.writeForeignBinaries();
        writer.writeTexts();
        writer.writeHtml();
        return List.copyOf(writer.files);
    }

    private void writePdfs() throws IOException {
        byte[] pdf = scratch(SampleDocuments::pdf);
        fails("empty-zero-bytes.pdf", new byte[0], FailureReason.EMPTY);
        fails("truncated-after-header.pdf", Arrays.copyOf(pdf, 200), FailureReason.CORRUPT);
        fails("random-bytes.pdf", randomBytes(8192), FailureReason.UNSUPPORTED_TYPE);
        fails("png-renamed.pdf", png(), FailureReason.UNSUPPORTED_TYPE);
        Path oversized = dir.resolve("oversized-60mb.pdf");
        try (RandomAccessFile out = new RandomAccessFile(oversized.toFile(), "rw")) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            // Sparse on most file systems, so the 60 MB cost no disk and no time.
            out.setLength(SIXTY_MB);
        }
        add("oversized-60mb.pdf", FailureReason.TOO_LARGE);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(dir.resolve("scanned-no-text-layer.pdf").toFile());
        }
        add("scanned-no-text-layer.pdf", FailureReason.NO_TEXT);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(dir.resolve("password-protected.pdf").toFile());
        }
        add("password-protected.pdf", FailureReason.ENCRYPTED);
    }

    private void writeWordProcessorFiles() throws IOException {
        byte[] docx = scratch(SampleDocuments::docx);
        fails("zip-bomb.docx", replacePart(docx, "word/document.xml", bombPart()), FailureReason.ZIP_BOMB);
        fails("truncated-half.docx", Arrays.copyOf(docx, docx.length / 2), FailureReason.CORRUPT);
        fails("malformed-xml.docx", replacePart(docx, "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                        .getBytes(StandardCharsets.UTF_8)), FailureReason.CORRUPT);
        fails("renamed-plain-zip.docx", zip("notes.txt", "not a word document"), FailureReason.UNSUPPORTED_TYPE);
        fails("password-protected.docx", encryptedDocx(), FailureReason.ENCRYPTED);
        try (XWPFDocument empty = new XWPFDocument();
             OutputStream out = Files.newOutputStream(dir.resolve("empty-body.docx"))) {
            empty.write(out);
        }
        add("empty-body.docx", FailureReason.NO_TEXT);
        SampleDocuments.writeOdt(dir.resolve("zip-bomb.odt"),
                "<text:p>" + " ".repeat(BOMB_PART_BYTES) + "</text:p>");
        add("zip-bomb.odt", FailureReason.ZIP_BOMB);
        byte[] rtf = scratch(SampleDocuments::rtfUnicode);
        extracts("truncated-open-groups.rtf", Arrays.copyOf(rtf, rtf.length * 2 / 3), true, true);
        byte[] ole = new byte[4096];
        random.nextBytes(ole);
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole, 0, 8);
        fails("ole-header-then-garbage.doc", ole, FailureReason.CORRUPT);
    }

    private void writeForeignBinaries() throws IOException {
        fails("picture.png", png(), FailureReason.UNSUPPORTED_TYPE);
        byte[] elf = randomBytes(4096);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        fails("linux-program.elf", elf, FailureReason.UNSUPPORTED_TYPE);
        byte[] exe = randomBytes(4096);
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x3D] = 0;
        exe[0x3E] = 0;
        exe[0x3F] = 0;
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
        fails("windows-program-named.doc", exe, FailureReason.UNSUPPORTED_TYPE);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("ภาษี").createRow(0).createCell(0).setCellValue("มาตรา ๑");
            workbook.write(xlsx);
        }
        fails("spreadsheet.xlsx", xlsx.toByteArray(), FailureReason.UNSUPPORTED_TYPE);
    }

    private void writeTexts() throws IOException {
        fails("binary-garbage.txt", randomBytes(4096), FailureReason.UNSUPPORTED_TYPE);
        fails("whitespace-only.txt", " \n\t\n   \n".getBytes(StandardCharsets.US_ASCII), FailureReason.NO_TEXT);
        extracts("utf16le-without-bom.txt", THAI_RECIPE.getBytes(StandardCharsets.UTF_16LE), true, false);
        extracts("recipe-not-a-law.txt", THAI_RECIPE.getBytes(StandardCharsets.UTF_8), false, false);
        String line = "Section 1 This line repeats until the text is longer than any law.\n";
        int copies = IngestLimits.defaults().maxExtractedChars() / line.length() + 100;
        fails("more-text-than-allowed.txt", line.repeat(copies).getBytes(StandardCharsets.US_ASCII),
                FailureReason.TEXT_TOO_LONG);
    }

    private void writeHtml() throws IOException {
        extracts("script-and-style.html",
                scratch(p -> SampleDocuments.html(p, StandardCharsets.UTF_8, "utf-8")), false, true);
        extracts("tis620-undeclared.html",
                scratch(p -> SampleDocuments.html(p, CharsetSniffer.TIS_620, null)), true, true);
        extracts("declares-utf8-but-is-tis620.html",
                scratch(p -> SampleDocuments.html(p, CharsetSniffer.TIS_620, "utf-8")), true, true);
        fails("script-only.html", "<html><body><script>document.write('x')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), FailureReason.NO_TEXT);
        int depth = 5000;
        String nested = "<html><body>" + "<div>".repeat(depth) + "ข้อความที่ซ้อนอยู่ลึกมาก" + "</div>".repeat(depth)
                + "</body></html>";
        extracts("deeply-nested.html", nested.getBytes(StandardCharsets.UTF_8), false, false);
    }

    /** Bytes of a sample document, generated outside the hostile folder so it holds only its 30 files. */
    private static byte[] scratch(Generator generator) throws IOException {
        Path file = Files.createTempFile("kotmai-hostile-", ".tmp");
        try {
            Files.delete(file);
            return Files.readAllBytes(generator.write(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FunctionalInterface
    private interface Generator {
        Path write(Path target) throws IOException;
    }

    private void fails(String name, byte[] content, FailureReason reason) throws IOException {
        Files.write(dir.resolve(name), content);
        add(name, reason);
    }

    private void extracts(String name, byte[] content, boolean expectsWarning, boolean statuteText)
            throws IOException {
        Files.write(dir.resolve(name), content);
        files.add(new HostileFile(name, dir.resolve(name), null, expectsWarning, statuteText));
    }

    private void add(String name, FailureReason reason) {
        files.add(new HostileFile(name, dir.resolve(name), reason, false, false));
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] bombPart() {
        String open = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>";
        String close = "</w:t></w:r></w:p></w:body></w:document>";
        return (open + " ".repeat(BOMB_PART_BYTES) + close).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replacePart(byte[] zip, String partName, byte[] replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            rewritten.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(entry.getName().equals(partName) ? replacement : in.readAllBytes());
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entryName, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] encryptedDocx() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("มาตรา ๑ ความลับ");
            doc.write(plain);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain.toByteArray());
            }
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            fs.writeFilesystem(encrypted);
            return encrypted.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IOException("the JDK could not encrypt the test DOCX", e);
        }
    }
}
