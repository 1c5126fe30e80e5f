/**
 * The administrator's pages of the master of municipalities: the searchable list ({@code /admin/municipalities/})
 * and the CSV import with its progress and report, plus the converter for 全国地方公共団体コード fields.
 */
package jp.tokyo23city.portal.municipality.web;
