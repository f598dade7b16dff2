/**
 * Document extraction: uploaded laws in PDF, DOCX, DOC, ODT, RTF, HTML or plain text become
 * text with one paragraph or visual line per {@code \n}.
 *
 * <p>Entry point: {@link org.kotmai.extract.DocumentExtractor}. Failures arrive as
 * {@link org.kotmai.extract.ExtractionException} with a {@link org.kotmai.extract.FailureReason};
 * limits come from {@link org.kotmai.extract.IngestLimits} ({@code kotmai.ingest.limits.*}).
 * Thai text repair happens afterwards in {@code org.kotmai.thai}, with the PDF rules when
 * {@link org.kotmai.extract.ExtractedDocument#fromPdf()} is true.
 */
package org.kotmai.extract;
