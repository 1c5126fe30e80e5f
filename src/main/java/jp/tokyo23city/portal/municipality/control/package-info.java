/**
 * The rules of the master that stand on their own: the check digit of 全国地方公共団体コード, the reading in
 * hiragana, and reading the public municipality lists (CSV) into rows an import can trust.
 */
package jp.tokyo23city.portal.municipality.control;
