package jp.tokyo23city.portal.inquiry.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.DeskDirectory;
import jp.tokyo23city.portal.inquiry.boundary.DeskSummary;

/** The desks every page's footer lists: read once per request, from the data admins edit. */
@Named
@RequestScoped
public class FooterDesksBacking {

    @Inject
    DeskDirectory directory;

    private List<DeskSummary> desks;

    public List<DeskSummary> getDesks() {
        if (desks == null) {
            desks = directory.publicDesks();
        }
        return desks;
    }
}
