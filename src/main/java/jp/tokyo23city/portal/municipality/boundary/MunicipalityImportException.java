package jp.tokyo23city.portal.municipality.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An import that stopped part-way, for example because the database went away. The chunks written before stay
 * written; importing the same list again completes the master, since rows already up to date are left alone.
 */
@ApplicationException
public class MunicipalityImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int rowsWritten;

    public MunicipalityImportException(int rowsWritten, Throwable cause) {
        super("municipality import stopped after " + rowsWritten + " rows", cause);
        this.rowsWritten = rowsWritten;
    }

    /** Accepted rows already committed when the import stopped. */
    public int rowsWritten() {
        return rowsWritten;
    }
}
