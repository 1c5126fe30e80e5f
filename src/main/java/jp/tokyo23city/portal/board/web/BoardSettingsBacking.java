package jp.tokyo23city.portal.board.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.board.boundary.BoardService;
import jp.tokyo23city.portal.board.boundary.BoardSettings;
import jp.tokyo23city.portal.board.entity.MailMode;
import jp.tokyo23city.portal.platform.web.Messages;

/** /board/settings.xhtml: how to be mailed (at once, daily, weekly, never) and which types (and one's ward) to follow. */
@Named
@ViewScoped
public class BoardSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardService board;

    private String mode;
    private List<Long> types = new ArrayList<>();
    private boolean ward;
    private boolean wardStaff;
    private long threads;
    private List<PostFormBacking.TypeChoice> typeOptions;

    @PostConstruct
    void init() {
        BoardSettings settings = board.settings();
        mode = settings.mode().name();
        types = new ArrayList<>(settings.typeIds());
        ward = settings.ward();
        wardStaff = settings.wardStaff();
        threads = settings.threads();
        typeOptions = board.types().stream().map(t -> new PostFormBacking.TypeChoice(t.getId(), t.getName(),
                t.getDescription(), t.getColour())).toList();
    }

    public String save() {
        board.saveSettings(MailMode.valueOf(mode), types == null ? java.util.Set.of() : java.util.Set.copyOf(types), ward);
        Messages.info("board.message.settingsSaved");
        Messages.keepAfterRedirect();
        return "/board/settings.xhtml?faces-redirect=true";
    }

    public MailMode[] getModes() {
        return MailMode.values();
    }

    public List<PostFormBacking.TypeChoice> getTypeOptions() {
        return typeOptions;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public List<Long> getTypes() {
        return types;
    }

    public void setTypes(List<Long> types) {
        this.types = types;
    }

    public boolean isWard() {
        return ward;
    }

    public void setWard(boolean ward) {
        this.ward = ward;
    }

    public boolean isWardStaff() {
        return wardStaff;
    }

    public long getThreads() {
        return threads;
    }
}
