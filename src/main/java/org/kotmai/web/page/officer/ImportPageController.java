package org.kotmai.web.page.officer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.ingest.ImportService;
import org.kotmai.ingest.ImportSource;
import org.kotmai.ingest.ImportStatus;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.kotmai.web.page.PageIds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Loading laws: uploading single files (the page's script posts them to {@code POST /api/laws}) and bulk imports
 * from a folder on the server, whose progress the import page follows by polling {@code GET /api/imports/{id}}.
 */
@Controller
class ImportPageController {

    private final ImportService imports;

    ImportPageController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/officer/imports")
    String form(Model model) {
        model.addAttribute("sources", ImportSource.values());
        model.addAttribute("types", InstrumentType.values());
        model.addAttribute("statuses", LawStatus.values());
        return "officer/imports";
    }

    @PostMapping("/officer/imports")
    String start(@RequestParam(required = false) ImportSource source, @RequestParam(required = false) String path) {
        if (source == null) {
            throw new BadRequestException("source", "choose KRISDIKA (a Krisdika dump) or FOLDER (any folder)");
        }
        if (path == null || path.isBlank()) {
            throw new BadRequestException("path", "give the folder on the server to import");
        }
        Path folder;
        try {
            folder = Path.of(path.strip());
        } catch (InvalidPathException e) {
            throw new BadRequestException("path", "'" + path + "' is not a usable folder path");
        }
        ImportStatus status = imports.start(source, folder);
        return "redirect:/officer/imports/" + status.id();
    }

    @GetMapping("/officer/imports/{id}")
    String status(@PathVariable String id, Model model) {
        model.addAttribute("status", imports.find(PageIds.require(id, "import")).orElseThrow(() -> new NotFoundException(
                "No import with id '" + id + "'. Start one from the import page.")));
        return "officer/import";
    }
}
