package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import jp.tokyo23city.portal.event.boundary.EventAdminService;
import jp.tokyo23city.portal.event.boundary.EventException;
import jp.tokyo23city.portal.event.boundary.EventForm;
import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventFile;
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.EventStatus;
import jp.tokyo23city.portal.event.entity.FilePurpose;
import jp.tokyo23city.portal.event.entity.OrganiserRole;
import jp.tokyo23city.portal.inquiry.boundary.DeskSummary;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/events/edit.xhtml[?id=]: an event in one form — what, when, where, who organises it, the programme with
 * speakers, the stops of a touring exhibition, sign-up settings, status and publishing time, the report — and its
 * files. Rows are added with a button each; empty rows are ignored when saving.
 */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "editForm:";

    @Inject
    transient EventAdminService admin;

    private Long id;
    private EventForm form = new EventForm();
    private List<EventKind> kinds;
    private transient List<DeskSummary> desks;
    private List<EventAdminService.MemberChoice> members;
    private List<EventFile> files;

    private transient Part upload;
    private FilePurpose uploadPurpose = FilePurpose.FLYER;
    private String uploadCaption;

    public void open() {
        kinds = admin.kinds();
        desks = admin.desks();
        members = admin.memberChoices();
        if (id != null) {
            try {
                form = admin.form(id);
                files = admin.files(id);
            } catch (EventException e) {
                Messages.error(e.messageKey(), e.arguments());
                id = null;
            }
        } else {
            form.getOrganisers().add(new EventForm.OrganiserLine(OrganiserRole.HOST, "特別区長会"));
            files = List.of();
        }
        ensureBlankRows();
    }

    /** One empty row at the end of each list, so that a new line can be typed without a click. */
    private void ensureBlankRows() {
        if (form.getOrganisers().isEmpty() || !form.getOrganisers().get(form.getOrganisers().size() - 1).isBlank()) {
            form.getOrganisers().add(new EventForm.OrganiserLine());
        }
        if (form.getParts().isEmpty()) {
            addPart();
        }
        for (EventForm.PartForm part : form.getParts()) {
            if (part.getSpeakers().isEmpty()) {
                part.getSpeakers().add(new EventForm.SpeakerForm());
            }
        }
        if (form.getStops().isEmpty()) {
            form.getStops().add(new EventForm.StopForm());
        }
    }

    public void addOrganiser() {
        form.getOrganisers().add(new EventForm.OrganiserLine());
    }

    public void addPart() {
        EventForm.PartForm part = new EventForm.PartForm();
        part.getSpeakers().add(new EventForm.SpeakerForm());
        form.getParts().add(part);
    }

    public void addSpeaker(int partIndex) {
        form.getParts().get(partIndex).getSpeakers().add(new EventForm.SpeakerForm());
    }

    public void addStop() {
        form.getStops().add(new EventForm.StopForm());
    }

    public String save() {
        List<EventForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            Messages.error("admin.events.edit.message.invalid");
            for (EventForm.Problem p : problems) {
                if (p.field() == null) {
                    Messages.error(p.messageKey());
                } else {
                    Messages.errorFor(FORM + p.field(), p.messageKey());
                }
            }
            return null;
        }
        try {
            long saved = admin.save(form);
            Messages.info("admin.events.edit.message.saved", form.getTitle());
            Messages.keepAfterRedirect();
            return "/admin/events/edit.xhtml?faces-redirect=true&id=" + saved;
        } catch (EventException e) {
            Messages.error(e.messageKey(), e.arguments());
            return null;
        }
    }

    public void uploadFile(FilePurpose purpose) {
        if (id == null || purpose == null) {
            return;
        }
        uploadPurpose = purpose;
        if (upload == null || upload.getSize() == 0) {
            Messages.errorFor("filesForm:upload", "admin.events.files.message.choose");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] content = in.readNBytes((int) EventAdminService.MAX_FILE_BYTES + 1);
            EventFile file = admin.addFile(id, uploadPurpose, upload.getSubmittedFileName(), content, uploadCaption);
            Messages.info("admin.events.files.message.added", file.getFileName());
            files = admin.files(id);
            uploadCaption = null;
        } catch (EventException e) {
            Messages.errorFor("filesForm:upload", e.messageKey(), e.arguments());
        } catch (IOException e) {
            Messages.errorFor("filesForm:upload", "admin.events.files.message.size");
        }
    }

    public void deleteFile(long fileId) {
        admin.deleteFile(fileId);
        files = admin.files(id);
        Messages.info("admin.events.files.message.deleted");
    }

    public List<EventFile> materialFiles() {
        return files.stream().filter(f -> f.getPurpose() == FilePurpose.MATERIALS).toList();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public EventStatus[] getStatuses() {
        return EventStatus.values();
    }

    public OrganiserRole[] getRoles() {
        return OrganiserRole.values();
    }

    public FilePurpose[] getPurposes() {
        return FilePurpose.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventForm getForm() {
        return form;
    }

    public List<EventKind> getKinds() {
        return kinds;
    }

    public List<DeskSummary> getDesks() {
        if (desks == null) {
            desks = admin.desks();
        }
        return desks;
    }

    public List<EventAdminService.MemberChoice> getMembers() {
        return members;
    }

    public List<EventFile> getFiles() {
        return files;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public FilePurpose getUploadPurpose() {
        return uploadPurpose;
    }

    public void setUploadPurpose(FilePurpose uploadPurpose) {
        // A post without the select keeps the choice made before.
        if (uploadPurpose != null) {
            this.uploadPurpose = uploadPurpose;
        }
    }

    public String getUploadCaption() {
        return uploadCaption;
    }

    public void setUploadCaption(String uploadCaption) {
        this.uploadCaption = uploadCaption;
    }
}
