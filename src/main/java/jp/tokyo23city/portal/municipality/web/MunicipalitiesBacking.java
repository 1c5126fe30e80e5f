package jp.tokyo23city.portal.municipality.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import jp.tokyo23city.portal.municipality.boundary.MunicipalityOrder;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.control.LgCode;
import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/municipalities/index.xhtml: the master of municipalities, filtered by prefecture and by the beginning of
 * a name or reading, paged and sorted in the database; and a lookup by 全国地方公共団体コード.
 */
@Named
@ViewScoped
public class MunicipalitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "admin.municipalities.index";
    private static final String TABLE = "searchForm:municipalities";

    @Inject
    MunicipalityService municipalities;

    private List<Prefecture> prefectures;
    private long total;

    // The filters as typed, and as applied to the table: the table keeps showing the applied ones while the
    // person edits the form.
    private String prefectureCode;
    private String query;
    private String appliedPrefectureCode;
    private String appliedQuery;

    private LgCode code;
    private Municipality found;

    private final Rows rows = new Rows();

    @PostConstruct
    void load() {
        prefectures = municipalities.prefectures();
        total = municipalities.countAll();
    }

    /** Applies the prefecture and the name or reading to the table, from its first page. */
    public void search() {
        appliedPrefectureCode = prefectureCode == null || prefectureCode.isBlank() ? null : prefectureCode;
        appliedQuery = query == null || query.isBlank() ? null : query.strip();
        // The table remembers its page; page 7 of a narrower result may not exist.
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clear() {
        prefectureCode = null;
        query = null;
        search();
    }

    /** Looks up the code typed; the converter has already refused a wrong check digit. */
    public void lookUp() {
        Optional<Municipality> municipality = code == null ? Optional.empty() : municipalities.findByCode(code);
        found = municipality.orElse(null);
        if (found == null && code != null) {
            Messages.errorFor("searchForm:code", PAGE + ".message.notFound", code.value());
        }
    }

    public List<Prefecture> getPrefectures() {
        return prefectures;
    }

    /** Municipalities in the whole master. */
    public long getTotal() {
        return total;
    }

    /** Municipalities that match the applied filters. */
    public long getMatching() {
        return municipalities.count(appliedPrefectureCode, appliedQuery);
    }

    public boolean isFiltered() {
        return appliedPrefectureCode != null || appliedQuery != null;
    }

    public LazyDataModel<Municipality> getRows() {
        return rows;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LgCode getCode() {
        return code;
    }

    public void setCode(LgCode code) {
        this.code = code;
    }

    public Municipality getFound() {
        return found;
    }

    /** The table's sort column (its {@code field}) as the service's order; the code for anything else. */
    static MunicipalityOrder order(String field) {
        if (field == null) {
            return MunicipalityOrder.CODE;
        }
        return switch (field) {
            case "prefecture" -> MunicipalityOrder.PREFECTURE;
            case "name" -> MunicipalityOrder.NAME;
            case "kana" -> MunicipalityOrder.READING;
            default -> MunicipalityOrder.CODE;
        };
    }

    /** The table's rows, a page at a time from the database. */
    private final class Rows extends LazyDataModel<Municipality> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) municipalities.count(appliedPrefectureCode, appliedQuery);
        }

        @Override
        public List<Municipality> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            MunicipalityOrder order = order(sort == null || sort.getOrder() == SortOrder.UNSORTED
                    ? null : sort.getField());
            int max = Math.min(Math.max(pageSize, 1), MunicipalityService.MAX_PAGE_SIZE);
            return municipalities.search(appliedPrefectureCode, appliedQuery, order, descending, first, max);
        }

        @Override
        public String getRowKey(Municipality municipality) {
            return municipality.getLgCode();
        }

        @Override
        public Municipality getRowData(String rowKey) {
            return LgCode.tryParse(rowKey).flatMap(municipalities::findByCode).orElse(null);
        }
    }
}
