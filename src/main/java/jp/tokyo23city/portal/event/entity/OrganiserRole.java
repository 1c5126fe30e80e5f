package jp.tokyo23city.portal.event.entity;

/** 主催・共催・連携協力・後援. */
public enum OrganiserRole {
    HOST, CO_HOST, COOPERATION, SUPPORT
}
