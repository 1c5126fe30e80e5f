package jp.tokyo23city.portal.event.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventAdminService;
import jp.tokyo23city.portal.event.boundary.EventException;
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.platform.web.Messages;

/** /admin/events/kinds.xhtml: the kinds of event as data — add one, rename it, retire it or bring it back. */
@Named
@ViewScoped
public class EventKindsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EventAdminService admin;

    private List<EventKind> kinds;
    private String code;
    private String nameJa;
    private String nameEn;
    private Integer sortOrder;

    @PostConstruct
    void load() {
        kinds = admin.allKinds();
    }

    public void save() {
        try {
            EventKind kind = admin.saveKind(code, nameJa, nameEn, sortOrder == null ? 100 : sortOrder);
            Messages.info("admin.events.kinds.message.saved", kind.getNameJa());
            code = null;
            nameJa = null;
            nameEn = null;
            sortOrder = null;
            load();
        } catch (EventException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    public void toggle(String kindCode, boolean active) {
        admin.setKindActive(kindCode, active);
        load();
    }

    public List<EventKind> getKinds() {
        return kinds;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
