package jp.tokyo23city.portal.municipality.boundary;

/** What writing some rows did to the master. */
public record ImportTally(int added, int updated, int unchanged) {

    public static final ImportTally NONE = new ImportTally(0, 0, 0);

    public ImportTally plus(ImportTally other) {
        return new ImportTally(added + other.added, updated + other.updated, unchanged + other.unchanged);
    }

    public int written() {
        return added + updated + unchanged;
    }
}
