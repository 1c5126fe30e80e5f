package jp.tokyo23city.portal.board.boundary;

import java.io.Serializable;
import java.util.Set;

import jp.tokyo23city.portal.board.entity.MailMode;

/** A user's board mail settings: the mode, the followed types, whether they follow their ward's posts. */
public record BoardSettings(MailMode mode, Set<Long> typeIds, boolean ward, boolean wardStaff, long threads)
        implements Serializable {
}
