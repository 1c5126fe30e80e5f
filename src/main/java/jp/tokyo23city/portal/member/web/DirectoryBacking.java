package jp.tokyo23city.portal.member.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import jp.tokyo23city.portal.member.boundary.MemberDirectoryEntry;
import jp.tokyo23city.portal.member.boundary.MemberDirectoryQuery;
import jp.tokyo23city.portal.member.boundary.MemberDirectoryService;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.municipality.entity.Region;

/**
 * /members/directory.xhtml: the members' directory for signed-in staff. Active members filtered by region,
 * prefecture, kind and part of the name or reading, a page at a time by reading; and the 23 wards with their
 * liaison contacts.
 */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "directoryForm:members";

    @Inject
    MemberDirectoryService directory;

    @Inject
    MunicipalityService municipalities;

    private List<Region> regions;
    private List<Prefecture> prefectures;
    private List<MemberDirectoryEntry> wards;

    private String regionCode;
    private String prefectureCode;
    private MemberKind kind;
    private String query;
    private MemberDirectoryQuery applied = MemberDirectoryQuery.all();

    private final Rows rows = new Rows();

    @PostConstruct
    void load() {
        regions = directory.regions();
        prefectures = municipalities.prefectures();
        wards = directory.wards();
    }

    /** Applies the filters to the table, from its first page. */
    public void search() {
        applied = new MemberDirectoryQuery(blankToNull(regionCode), blankToNull(prefectureCode), kind,
                blankToNull(query));
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clear() {
        regionCode = null;
        prefectureCode = null;
        kind = null;
        query = null;
        search();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getMatching() {
        return directory.count(applied);
    }

    public LazyDataModel<MemberDirectoryEntry> getRows() {
        return rows;
    }

    public List<Region> getRegions() {
        return regions;
    }

    public List<Prefecture> getPrefectures() {
        return prefectures;
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
    }

    public List<MemberDirectoryEntry> getWards() {
        return wards;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The table's rows, a page at a time from the database, by reading. */
    private final class Rows extends LazyDataModel<MemberDirectoryEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(applied);
        }

        @Override
        public List<MemberDirectoryEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            int max = Math.min(Math.max(pageSize, 1), MemberDirectoryService.MAX_PAGE_SIZE);
            return directory.search(applied, descending, first, max);
        }

        @Override
        public String getRowKey(MemberDirectoryEntry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public MemberDirectoryEntry getRowData(String rowKey) {
            try {
                return directory.find(Long.parseLong(rowKey)).orElse(null);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
