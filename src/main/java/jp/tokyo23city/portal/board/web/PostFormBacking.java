package jp.tokyo23city.portal.board.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.boundary.ThreadView;
import jp.tokyo23city.portal.board.boundary.WardOption;
import jp.tokyo23city.portal.board.entity.Activity;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /board/new.xhtml (?type=…) and /board/edit.xhtml (?id=…): the post form with the type's own fields, built when
 * the view is built (so each field has a stable id such as {@code v_quantity}), and attachments.
 */
@Named
@ViewScoped
public class PostFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardService board;

    private Long typeId;
    private Long threadId;
    private String typeName;
    private String typeColour;
    private String typeDescription;
    private List<FormField> fields = List.of();
    private List<TypeChoice> choices = List.of();
    private List<WardOption> wardOptions = List.of();
    private String title;
    private String body;
    private Map<String, String> values = new HashMap<>();
    private boolean allWards;
    private List<Long> wards = new ArrayList<>();
    private transient List<Part> files;
    private boolean missing;

    /** A type to choose on the first step. */
    public record TypeChoice(long id, String name, String description, String colour) implements Serializable {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }

        public String getColour() {
            return colour;
        }
    }

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            threadId = number(parameters.get("id"));
            if (threadId != null) {
                ThreadView thread = board.thread(threadId);
                if (!thread.can().edit()) {
                    throw new BoardException("board.message.notAllowed");
                }
                typeId = thread.typeId();
                title = thread.title();
                body = thread.body();
                values = board.values(threadId);
                allWards = thread.allWards();
                wards = new ArrayList<>(board.addressedWards(threadId));
                new HashMap<>(values).forEach((key, value) -> {
                    if (value.contains("/") && value.matches("[0-9-]*/[0-9-]*")) {
                        String[] parts = value.split("/", -1);
                        values.put(key + ".from", parts[0]);
                        values.put(key + ".to", parts[1]);
                    }
                });
            } else {
                typeId = number(parameters.get("type"));
            }
            if (typeId != null) {
                BoardType type = board.type(typeId);
                typeName = type.getName();
                typeColour = type.getColour();
                typeDescription = type.getDescription();
                fields = type.getFields().stream().map(FormField::of).toList();
                if (fields.stream().anyMatch(f -> "WARDS".equals(f.kind()))) {
                    wardOptions = board.wards();
                }
            } else {
                choices = board.types().stream().map(t -> new TypeChoice(t.getId(), t.getName(), t.getDescription(),
                        t.getColour())).toList();
            }
        } catch (BoardException e) {
            missing = true;
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String save() {
        try {
            Set<Long> wardIds = wards == null ? Set.of() : Set.copyOf(wards);
            var uploads = Uploads.read(files, board.attachmentMaxBytes(),
                    (int) (board.attachmentMaxBytes() / (1024 * 1024)));
            long id;
            if (threadId != null) {
                board.edit(threadId, title, body, values, allWards, wardIds, uploads);
                id = threadId;
                Messages.info("board.message.edited");
            } else {
                id = board.create(typeId, title, body, values, allWards, wardIds, uploads);
                Messages.info("board.message.posted");
            }
            Messages.keepAfterRedirect();
            return "/board/thread.xhtml?faces-redirect=true&id=" + id;
        } catch (BoardException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public boolean isEditing() {
        return threadId != null;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isChoosing() {
        return typeId == null && !missing;
    }

    public Long getTypeId() {
        return typeId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getTypeColour() {
        return typeColour;
    }

    public String getTypeDescription() {
        return typeDescription;
    }

    public List<FormField> getFields() {
        return fields;
    }

    public List<TypeChoice> getChoices() {
        return choices;
    }

    public List<WardOption> getWardOptions() {
        return wardOptions;
    }

    public Activity[] getActivities() {
        return Activity.values();
    }

    public long getAttachmentMaxMegabytes() {
        return board.attachmentMaxBytes() / (1024 * 1024);
    }

    public int getAttachmentMaxCount() {
        return board.attachmentMaxCount();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public boolean isAllWards() {
        return allWards;
    }

    public void setAllWards(boolean allWards) {
        this.allWards = allWards;
    }

    public List<Long> getWards() {
        return wards;
    }

    public void setWards(List<Long> wards) {
        this.wards = wards;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
