package org.kotmai.search;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/dictionary")
@Tag(name = "Administration", description = "Search dictionary and relevance evaluation")
class DictionaryController {

    private final DictionaryAdmin dictionary;

    DictionaryController(DictionaryAdmin dictionary) {
        this.dictionary = dictionary;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    @Operation(summary = "The abbreviation, law-name and synonym dictionary in force, as TSV",
            description = "One entry a line: kind (abbr, alias, syn) TAB variants separated by | TAB expansion.")
    String get() {
        return dictionary.current();
    }

    @PutMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/tab-separated-values"})
    @Operation(summary = "Replace the dictionary", description = "Takes effect for the next search without a restart "
            + "or re-index, and is kept across restarts. A malformed line is refused with its line number and the "
            + "dictionary in force stays.")
    Map<String, Integer> put(@RequestBody(required = false) String tsv) {
        if (tsv == null || tsv.isBlank()) {
            throw new BadRequestException("body", "is empty; send the whole dictionary as TSV (GET it first to edit)");
        }
        try {
            return Map.of("entries", dictionary.replace(tsv));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("body", e.getMessage());
        }
    }
}
