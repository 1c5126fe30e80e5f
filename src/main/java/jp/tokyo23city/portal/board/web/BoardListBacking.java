package jp.tokyo23city.portal.board.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.BoardPage;
import jp.tokyo23city.portal.board.boundary.BoardQuery;
import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.boundary.ThreadRow;
import jp.tokyo23city.portal.board.entity.Activity;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.board.entity.ProposalStatus;
import jp.tokyo23city.portal.member.boundary.MemberDirectoryService;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /board/index.xhtml: the thread list with filters in the address (a GET form, so a list can be bookmarked), keyset
 * paging ("次へ" carries the last row's cursor), and Japanese full-text search when words are typed.
 */
@Named
@RequestScoped
public class BoardListBacking {

    @Inject
    BoardService board;

    @Inject
    MunicipalityService municipalities;

    @Inject
    MemberDirectoryService directory;

    @Inject
    BoardNavBacking nav;

    private String q;
    private String type;
    private String activity;
    private String prefecture;
    private String region;
    private String member;
    private String ward;
    private String status;
    private String from;
    private String to;
    private String sort;
    private String after;
    private String ended;

    // empty until load(): a postback of the header's form (the view action does not run) walks the lists too
    private BoardPage page = new BoardPage(List.of(), null, 0, false);
    private List<ThreadRow> pinned = List.of();
    private List<ListRow> rows;
    private List<ListRow> pinnedRows;
    private Map<Long, BoardType> types = Map.of();
    private Map<String, String> prefectureNames = Map.of();
    private final Map<String, List<SelectItem>> items = new HashMap<>();

    public void load() {
        types = board.typesById();
        prefectureNames = municipalities.prefectures().stream()
                .collect(Collectors.toMap(Prefecture::getCode, Prefecture::getName, (a, b) -> a, LinkedHashMap::new));
        try {
            BoardQuery query = new BoardQuery(q, number(type), valid(activity, Activity.class), blank(prefecture),
                    blank(region), number(member), number(ward), valid(status, ProposalStatus.class), date(from),
                    date(to), sort(), blank(after), !"false".equals(ended));
            page = board.list(query);
            if (blank(after) == null && blank(q) == null) {
                pinned = board.pinned();
                nav.visited();
            }
        } catch (BoardException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            page = new BoardPage(List.of(), null, 0, false);
        }
    }

    private BoardQuery.Sort sort() {
        try {
            return sort == null || sort.isBlank() ? (blank(q) == null ? BoardQuery.Sort.ACTIVITY : BoardQuery.Sort.RELEVANCE)
                    : BoardQuery.Sort.valueOf(sort);
        } catch (IllegalArgumentException e) {
            return BoardQuery.Sort.ACTIVITY;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long number(String value) {
        try {
            return blank(value) == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> String valid(String value, Class<E> type) {
        try {
            return blank(value) == null ? null : Enum.valueOf(type, value.strip()).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return blank(value) == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The current filters as a query string, for the "next page" link. */
    public String filterQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("type", type);
        parameters.put("activity", activity);
        parameters.put("prefecture", prefecture);
        parameters.put("region", region);
        parameters.put("member", member);
        parameters.put("ward", ward);
        parameters.put("status", status);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sort", sort);
        parameters.put("ended", ended);
        return parameters.entrySet().stream().filter(e -> blank(e.getValue()) != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isSearching() {
        return blank(q) != null;
    }

    // worked out at the first call, while the page is drawn: the view's language is known only then
    public List<ListRow> getRows() {
        if (rows == null) {
            rows = shown(page.rows());
        }
        return rows;
    }

    public List<ListRow> getPinned() {
        if (pinnedRows == null) {
            pinnedRows = shown(pinned);
        }
        return pinnedRows;
    }

    private List<ListRow> shown(List<ThreadRow> threads) {
        List<ListRow> shown = new ArrayList<>(threads.size());
        for (ThreadRow row : threads) {
            BoardType type = types.get(row.getTypeId());
            String prefecture = row.getPrefectureCode() == null || row.isAuthorWard() ? ""
                    : prefectureNames.getOrDefault(row.getPrefectureCode(), "");
            shown.add(new ListRow(row, type == null ? "" : type.getName(), type == null ? "grey" : type.getColour(),
                    row.getStatus() == null ? null : Messages.text("board.status." + row.getStatus()),
                    prefecture.isEmpty() ? row.getMemberName() : row.getMemberName() + "（" + prefecture + "）",
                    JapaneseDates.dateTime(row.getCreatedAt()),
                    Messages.text("board.index.replies", row.getReplyCount()),
                    row.getReplyCount() > 0 ? JapaneseDates.dateTime(row.getLastActivityAt()) : null,
                    row.getActivity() == null ? null : Messages.text("board.activity." + row.getActivity())));
        }
        return shown;
    }

    public String getNext() {
        return page.next();
    }

    /** How many a search found; "at least 1,000" when it stopped counting, the same on every page of the results. */
    public long getFound() {
        return page.totalAtLeast() ? Math.min(page.total(), BoardService.SEARCH_DEPTH) : page.total();
    }

    public int getSearchDepth() {
        return BoardService.SEARCH_DEPTH;
    }

    /** The search stopped counting at {@link #getFound()}: there are at least that many. */
    public boolean isFoundAtLeast() {
        return page.totalAtLeast();
    }

    public boolean isFirstPage() {
        return blank(after) == null;
    }

    // The filters' choices as select items, made once per request: the menus draw them in one pass, where a
    // ui:repeat of <option> elements evaluated three expressions per choice (about 130 choices on every list page).

    public List<SelectItem> getTypeItems() {
        return items.computeIfAbsent("type", k -> choices(board.types().stream()
                .map(t -> new SelectItem(t.getId().toString(), t.getName()))));
    }

    public List<SelectItem> getActivityItems() {
        return items.computeIfAbsent("activity", k -> choices(Arrays.stream(Activity.values())
                .map(a -> new SelectItem(a.name(), Messages.text("board.activity." + a.name())))));
    }

    public List<SelectItem> getRegionItems() {
        return items.computeIfAbsent("region", k -> choices(directory.regions().stream()
                .map(r -> new SelectItem(r.getCode(), r.getName()))));
    }

    public List<SelectItem> getPrefectureItems() {
        return items.computeIfAbsent("prefecture", k -> choices(prefectureNames.entrySet().stream()
                .map(p -> new SelectItem(p.getKey(), p.getValue()))));
    }

    public List<SelectItem> getWardItems() {
        return items.computeIfAbsent("ward", k -> choices(board.wards().stream()
                .map(w -> new SelectItem(Long.toString(w.id()), w.name()))));
    }

    public List<SelectItem> getStatusItems() {
        return items.computeIfAbsent("status", k -> choices(Arrays.stream(ProposalStatus.values())
                .map(s -> new SelectItem(s.name(), Messages.text("board.status." + s.name())))));
    }

    public List<SelectItem> getSortItems() {
        return List.of(new SelectItem("", Messages.text("board.index.sort.default")),
                new SelectItem(BoardQuery.Sort.NEWEST.name(), Messages.text("board.index.sort.NEWEST")),
                new SelectItem(BoardQuery.Sort.OLDEST.name(), Messages.text("board.index.sort.OLDEST")));
    }

    /** "すべて" (no filter) first, then the choices. */
    private static List<SelectItem> choices(Stream<SelectItem> items) {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", Messages.text("board.index.input.all")));
        items.forEach(choices::add);
        return choices;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getEnded() {
        return ended;
    }

    public void setEnded(String ended) {
        this.ended = ended;
    }
}
