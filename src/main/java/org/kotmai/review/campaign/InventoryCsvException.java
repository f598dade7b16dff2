package org.kotmai.review.campaign;

import java.util.List;

/** An inventory CSV with errors; nothing of it was imported. Answered as 400 listing every error. */
public class InventoryCsvException extends RuntimeException {

    private final transient List<RowError> errors;

    InventoryCsvException(List<RowError> errors) {
        super(errors.size() + " error(s) in the inventory CSV; nothing was imported. Fix them and send the whole"
                + " file again. First: line " + errors.get(0).line()
                + (errors.get(0).column() == null ? "" : ", column " + errors.get(0).column()) + ": "
                + errors.get(0).fix());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
