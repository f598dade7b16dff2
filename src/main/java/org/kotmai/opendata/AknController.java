package org.kotmai.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Open data", description = "Akoma Ntoso, ELI URIs, bulk export and the Atom feed of changes")
class AknController {

    static final String AKN_XML = "application/akn+xml";

    private final AknService akn;

    AknController(AknService akn) {
        this.akn = akn;
    }

    @GetMapping(value = "/api/laws/{id}/akn", produces = {AKN_XML, "application/xml"})
    @Operation(summary = "A law as Akoma Ntoso 3.0 XML",
            description = "Namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0. Each มาตรา is a <section> "
                    + "with eId sec_<number> (77/1 -> sec_77-1, '4 ทวิ' -> sec_4_ทวิ), each ข้อ an <article> with "
                    + "art_<number>; headings nest as book/part/title/chapter/division, other headings as "
                    + "<hcontainer>; citations are <ref> elements to an eId or to another law's ELI.",
            responses = {@ApiResponse(responseCode = "200", content = {@Content(mediaType = AKN_XML),
                    @Content(mediaType = "application/xml")}),
                    @ApiResponse(responseCode = "404", description = "no law with this id")})
    void akn(@PathVariable String id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        // Written in full before the response is committed, so that a missing law is still a problem document.
        StringWriter buffer = new StringWriter();
        akn.write(id, buffer);
        boolean plainXml = accept != null && accept.contains("application/xml") && !accept.contains(AKN_XML);
        response.setContentType((plainXml ? "application/xml" : AKN_XML) + ";charset=UTF-8");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(buffer.toString());
        }
    }
}
