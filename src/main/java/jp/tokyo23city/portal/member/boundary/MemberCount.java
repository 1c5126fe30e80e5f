package jp.tokyo23city.portal.member.boundary;

/** How many active members a region has; the figure the project publishes. */
public record MemberCount(String regionCode, String regionName, String regionNameEn, long members) {
}
