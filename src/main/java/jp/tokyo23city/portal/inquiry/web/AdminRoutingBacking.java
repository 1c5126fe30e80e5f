package jp.tokyo23city.portal.inquiry.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.DeskAdminService;
import jp.tokyo23city.portal.inquiry.boundary.InquiryException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryOption;
import jp.tokyo23city.portal.inquiry.boundary.RoutingTest;
import jp.tokyo23city.portal.inquiry.boundary.RuleRow;
import jp.tokyo23city.portal.inquiry.control.InquiryRouter;
import jp.tokyo23city.portal.inquiry.entity.InquiryType;
import jp.tokyo23city.portal.inquiry.entity.RoutingConditions;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/routing/index.xhtml: the routing rules in order (moved up and down, switched off, deleted after a
 * confirmation), a form for a new or changed rule, and a test of the rules, with the rule being edited in its place,
 * on a sample inquiry before saving.
 */
@Named
@ViewScoped
public class AdminRoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskAdminService admin;

    private transient List<RuleRow> rules;

    private Long editing;
    private String name;
    private Long deskId;
    private Long typeId;
    private SenderKind senderKind;
    private Long eventId;
    private String prefectureCode;
    private String keywords;

    private Long sampleTypeId;
    private SenderKind sampleSenderKind = SenderKind.PUBLIC;
    private Long sampleEventId;
    private String samplePrefectureCode;
    private String sampleSubject;
    private String sampleMessage;
    private RoutingTest test;

    public void edit(long id) {
        admin.findRule(id).ifPresent(rule -> {
            editing = id;
            name = rule.name();
            deskId = rule.deskId();
            typeId = rule.typeId();
            senderKind = rule.senderKind();
            eventId = rule.eventId();
            prefectureCode = rule.prefectureCode();
            keywords = rule.keywords();
            test = null;
        });
    }

    public void newRule() {
        editing = null;
        name = null;
        deskId = null;
        typeId = null;
        senderKind = null;
        eventId = null;
        prefectureCode = null;
        keywords = null;
        test = null;
    }

    public void save() {
        try {
            admin.saveRule(editing, draft());
            Messages.info("admin.routing.message.saved", name);
            newRule();
            rules = null;
        } catch (InquiryException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public void tryRules() {
        test = admin.testRouting(deskId == null ? null : draft(), editing,
                new InquiryRouter.Sample(sampleTypeId, sampleSenderKind, sampleEventId, null,
                        blankToNull(samplePrefectureCode), sampleSubject, sampleMessage));
    }

    public void moveUp(long id) {
        admin.moveRule(id, true);
        rules = null;
    }

    public void moveDown(long id) {
        admin.moveRule(id, false);
        rules = null;
    }

    public void toggle(long id, boolean active) {
        admin.activateRule(id, !active);
        rules = null;
    }

    public void delete(long id) {
        admin.deleteRule(id);
        Messages.info("admin.routing.message.deleted");
        if (editing != null && editing == id) {
            newRule();
        }
        rules = null;
    }

    private RoutingConditions draft() {
        return new RoutingConditions(name, deskId, typeId, senderKind, eventId, null, blankToNull(prefectureCode),
                keywords);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<RuleRow> getRules() {
        if (rules == null) {
            rules = admin.rules();
        }
        return rules;
    }

    public List<InquiryOption> getDesks() {
        return admin.desks().stream().map(d -> new InquiryOption(d.getId(), d.getName())).toList();
    }

    public List<InquiryOption> getTypes() {
        return admin.types().stream().filter(InquiryType::isActive)
                .map(t -> new InquiryOption(t.getId(), t.getName())).toList();
    }

    public List<Prefecture> getPrefectures() {
        return admin.prefectures();
    }

    public SenderKind[] getSenderKinds() {
        return SenderKind.values();
    }

    public RoutingTest getTest() {
        return test;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getDeskId() {
        return deskId;
    }

    public void setDeskId(Long deskId) {
        this.deskId = deskId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public SenderKind getSenderKind() {
        return senderKind;
    }

    public void setSenderKind(SenderKind senderKind) {
        this.senderKind = senderKind;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Long getSampleTypeId() {
        return sampleTypeId;
    }

    public void setSampleTypeId(Long sampleTypeId) {
        this.sampleTypeId = sampleTypeId;
    }

    public SenderKind getSampleSenderKind() {
        return sampleSenderKind;
    }

    public void setSampleSenderKind(SenderKind sampleSenderKind) {
        this.sampleSenderKind = sampleSenderKind;
    }

    public Long getSampleEventId() {
        return sampleEventId;
    }

    public void setSampleEventId(Long sampleEventId) {
        this.sampleEventId = sampleEventId;
    }

    public String getSamplePrefectureCode() {
        return samplePrefectureCode;
    }

    public void setSamplePrefectureCode(String samplePrefectureCode) {
        this.samplePrefectureCode = samplePrefectureCode;
    }

    public String getSampleSubject() {
        return sampleSubject;
    }

    public void setSampleSubject(String sampleSubject) {
        this.sampleSubject = sampleSubject;
    }

    public String getSampleMessage() {
        return sampleMessage;
    }

    public void setSampleMessage(String sampleMessage) {
        this.sampleMessage = sampleMessage;
    }
}
