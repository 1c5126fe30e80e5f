package jp.tokyo23city.portal.inquiry.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.DeskAdminService;
import jp.tokyo23city.portal.inquiry.boundary.InquiryException;
import jp.tokyo23city.portal.inquiry.boundary.InquiryReminders;
import jp.tokyo23city.portal.inquiry.boundary.SlaFigures;
import jp.tokyo23city.portal.inquiry.entity.InquiryType;
import jp.tokyo23city.portal.platform.FiscalYear;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/inquiries/index.xhtml: how the desks keep their deadlines over a period (this 年度 by default), reminders
 * of overdue inquiries sent at once, and the inquiry types (their names, order and deadlines).
 */
@Named
@ViewScoped
public class AdminInquiriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskAdminService admin;

    @Inject
    InquiryReminders reminders;

    private LocalDate from;
    private LocalDate to;
    private List<SlaFigures> figures;
    private transient List<InquiryType> types;

    private Long typeId;
    private String typeName;
    private Integer typeDays;
    private int typeOrder = 10;
    private boolean typeActive = true;

    @PostConstruct
    void init() {
        to = JapaneseDates.today();
        from = FiscalYear.of(to).firstDay();
        figures = admin.sla(from, to);
    }

    public void show() {
        if (from == null || to == null || from.isAfter(to)) {
            Messages.error("admin.inquiries.message.period");
            return;
        }
        figures = admin.sla(from, to);
    }

    public void remindNow() {
        int count = reminders.remindOverdue(JapaneseDates.today());
        Messages.info("admin.inquiries.message.reminded", count);
    }

    public void editType(InquiryType type) {
        typeId = type.getId();
        typeName = type.getName();
        typeDays = type.getResponseDays();
        typeOrder = type.getSortOrder();
        typeActive = type.isActive();
    }

    public void newType() {
        typeId = null;
        typeName = null;
        typeDays = null;
        typeOrder = 10;
        typeActive = true;
    }

    public void saveType() {
        try {
            admin.saveType(typeId, typeName, typeDays, typeOrder, typeActive);
            Messages.info("admin.inquiryTypes.message.saved", typeName);
            newType();
            types = null;
        } catch (InquiryException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public List<InquiryType> getTypes() {
        if (types == null) {
            types = admin.types();
        }
        return types;
    }

    public List<SlaFigures> getFigures() {
        return figures;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getTypeId() {
        return typeId;
    }

    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public Integer getTypeDays() {
        return typeDays;
    }

    public void setTypeDays(Integer typeDays) {
        this.typeDays = typeDays;
    }

    public int getTypeOrder() {
        return typeOrder;
    }

    public void setTypeOrder(int typeOrder) {
        this.typeOrder = typeOrder;
    }

    public boolean isTypeActive() {
        return typeActive;
    }

    public void setTypeActive(boolean typeActive) {
        this.typeActive = typeActive;
    }
}
