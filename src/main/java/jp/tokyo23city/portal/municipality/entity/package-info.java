/**
 * The master of Japan's local governments: the eight regions, the 47 prefectures and the municipalities, each
 * identified by its 全国地方公共団体コード.
 */
package jp.tokyo23city.portal.municipality.entity;
