package jp.tokyo23city.portal.board.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.board.boundary.BoardAdminService;
import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.boundary.ThreadRow;
import jp.tokyo23city.portal.board.entity.BoardReport;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.board.entity.FieldKind;
import jp.tokyo23city.portal.board.entity.Visibility;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/board/index.xhtml: post types and their settings, new types and fields, posts awaiting approval, deleted
 * posts, reports, and the search index rebuild with its progress (polled while it runs).
 */
@Named
@ViewScoped
public class AdminBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardAdminService admin;

    private List<TypeRow> types;
    private String newCode;
    private String newName;
    private String newNameEn;
    private String newColour = "teal";
    private boolean newProposal;
    private Long fieldType;
    private String fieldKey;
    private String fieldLabel;
    private String fieldLabelEn;
    private String fieldKind = "TEXT";
    private boolean fieldRequired;

    /** A type as its editable row. */
    public static class TypeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String code;
        private String name;
        private String nameEn;
        private String description;
        private String colour;
        private String visibility;
        private boolean approvalRequired;
        private boolean active;
        private final String fields;

        TypeRow(BoardType type) {
            id = type.getId();
            code = type.getCode();
            name = type.getName();
            nameEn = type.getNameEn();
            description = type.getDescription();
            colour = type.getColour();
            visibility = type.getVisibility().name();
            approvalRequired = type.isApprovalRequired();
            active = type.isActive();
            fields = String.join("、", type.getFields().stream().map(f -> f.getLabel()).toList());
        }

        public long getId() { return id; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getColour() { return colour; }
        public void setColour(String colour) { this.colour = colour; }
        public String getVisibility() { return visibility; }
        public void setVisibility(String visibility) { this.visibility = visibility; }
        public boolean isApprovalRequired() { return approvalRequired; }
        public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
        public String getFields() { return fields; }
    }

    @PostConstruct
    void init() {
        types = admin.types().stream().map(TypeRow::new).toList();
    }

    public String saveTypes() {
        try {
            for (TypeRow row : types) {
                admin.configure(row.getId(), row.getName(), row.getNameEn(), row.getDescription(), row.getColour(),
                        Visibility.valueOf(row.getVisibility()), row.isApprovalRequired(), row.isActive());
            }
            Messages.info("admin.board.message.saved");
            Messages.keepAfterRedirect();
            return "/admin/board/index.xhtml?faces-redirect=true";
        } catch (BoardException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public String addType() {
        try {
            admin.addType(newCode, newName, newNameEn, newColour, newProposal);
            Messages.info("admin.board.message.typeAdded");
            Messages.keepAfterRedirect();
            return "/admin/board/index.xhtml?faces-redirect=true";
        } catch (BoardException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public String addField() {
        try {
            admin.addField(fieldType == null ? -1 : fieldType, fieldKey, fieldLabel, fieldLabelEn,
                    FieldKind.valueOf(fieldKind), fieldRequired);
            Messages.info("admin.board.message.fieldAdded");
            Messages.keepAfterRedirect();
            return "/admin/board/index.xhtml?faces-redirect=true";
        } catch (BoardException | IllegalArgumentException e) {
            Messages.error(e instanceof BoardException b ? b.getMessageKey() : "admin.board.message.fieldInvalid");
            return null;
        }
    }

    public void rebuild() {
        if (admin.rebuildIndex()) {
            Messages.info("admin.board.message.rebuildStarted");
        } else {
            Messages.error("admin.board.message.rebuildRunning");
        }
    }

    public void resolve(long reportId) {
        admin.resolveReport(reportId);
        Messages.info("admin.board.message.resolved");
    }

    public BoardAdminService.IndexStatus getIndex() {
        return admin.indexStatus();
    }

    public List<TypeRow> getTypes() {
        return types;
    }

    public List<ThreadRow> getPending() {
        return admin.pending();
    }

    public List<ThreadRow> getDeleted() {
        return admin.deleted();
    }

    public List<BoardReport> getReports() {
        return admin.openReports();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public FieldKind[] getKinds() {
        return FieldKind.values();
    }

    public String[] getColours() {
        return new String[] {"red", "green", "blue", "orange", "purple", "grey", "teal"};
    }

    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String newNameEn) { this.newNameEn = newNameEn; }
    public String getNewColour() { return newColour; }
    public void setNewColour(String newColour) { this.newColour = newColour; }
    public boolean isNewProposal() { return newProposal; }
    public void setNewProposal(boolean newProposal) { this.newProposal = newProposal; }
    public Long getFieldType() { return fieldType; }
    public void setFieldType(Long fieldType) { this.fieldType = fieldType; }
    public String getFieldKey() { return fieldKey; }
    public void setFieldKey(String fieldKey) { this.fieldKey = fieldKey; }
    public String getFieldLabel() { return fieldLabel; }
    public void setFieldLabel(String fieldLabel) { this.fieldLabel = fieldLabel; }
    public String getFieldLabelEn() { return fieldLabelEn; }
    public void setFieldLabelEn(String fieldLabelEn) { this.fieldLabelEn = fieldLabelEn; }
    public String getFieldKind() { return fieldKind; }
    public void setFieldKind(String fieldKind) { this.fieldKind = fieldKind; }
    public boolean isFieldRequired() { return fieldRequired; }
    public void setFieldRequired(boolean fieldRequired) { this.fieldRequired = fieldRequired; }
}
