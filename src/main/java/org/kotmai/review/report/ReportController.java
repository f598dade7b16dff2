package org.kotmai.review.report;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reviews/{id}")
@Tag(name = "Review reports", description = "A review printed as its template's report layout says. Anyone who"
        + " may read the review may print it; published reviews are public, and the public's copy leaves out the"
        + " names of the people who worked on it.")
class ReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportBuilder reports;
    private final DocxReportWriter docx;
    private final HtmlReportWriter html;

    ReportController(ReportBuilder reports, DocxReportWriter docx, HtmlReportWriter html) {
        this.reports = reports;
        this.docx = docx;
        this.html = html;
    }

    @GetMapping("/report.docx")
    @Operation(summary = "The report as a Word document (Thai font TH Sarabun New, with fallbacks)")
    ResponseEntity<byte[]> docx(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        ReviewReport report = reports.build(actor, id);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("review-" + report.reviewId() + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(docx.write(report));
    }

    @GetMapping(value = "/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The report as one printable HTML page")
    ResponseEntity<String> html(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        ReviewReport report = reports.build(actor, id);
        // the page needs nothing but its own inline styles; refusing everything else contains any injected markup
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(html.write(report));
    }

    @GetMapping("/report.json")
    @Operation(summary = "The report as JSON: sections with every value written out, decision, audit summary")
    ReviewReport json(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return reports.build(actor, id);
    }
}
