package jp.tokyo23city.portal.member.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import jp.tokyo23city.portal.member.boundary.MemberAdminQuery;
import jp.tokyo23city.portal.member.boundary.MemberAdminService;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.entity.Prefecture;

/**
 * /admin/members/index.xhtml: every member, whatever its status, filtered by status, kind, prefecture and part of
 * the name or reading, a page at a time by reading; links to register, import and export.
 */
@Named
@ViewScoped
public class AdminMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "membersForm:members";

    @Inject
    MemberAdminService admin;

    @Inject
    MunicipalityService municipalities;

    private List<Prefecture> prefectures;
    private Map<String, String> prefectureNames;

    private MemberStatus status;
    private MemberKind kind;
    private String prefectureCode;
    private String query;
    private MemberAdminQuery applied = MemberAdminQuery.all();
    private long total;

    private final Rows rows = new Rows();

    @PostConstruct
    void load() {
        prefectures = municipalities.prefectures();
        prefectureNames = prefectures.stream().collect(Collectors.toMap(Prefecture::getCode, Prefecture::getName));
        total = admin.count(MemberAdminQuery.all());
    }

    public void search() {
        applied = new MemberAdminQuery(status, kind, blankToNull(prefectureCode), blankToNull(query));
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clear() {
        status = null;
        kind = null;
        prefectureCode = null;
        query = null;
        search();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 東京都 for 13. */
    public String prefectureName(String code) {
        return prefectureNames.getOrDefault(code, code);
    }

    public long getMatching() {
        return admin.count(applied);
    }

    public long getTotal() {
        return total;
    }

    public LazyDataModel<Member> getRows() {
        return rows;
    }

    public List<Prefecture> getPrefectures() {
        return prefectures;
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
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

    private final class Rows extends LazyDataModel<Member> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) admin.count(applied);
        }

        @Override
        public List<Member> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            int max = Math.min(Math.max(pageSize, 1), MemberAdminService.MAX_PAGE_SIZE);
            return admin.search(applied, descending, first, max);
        }

        @Override
        public String getRowKey(Member member) {
            return String.valueOf(member.getId());
        }

        @Override
        public Member getRowData(String rowKey) {
            try {
                return admin.find(Long.parseLong(rowKey)).orElse(null);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
