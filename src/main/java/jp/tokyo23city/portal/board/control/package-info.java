/** The board's own logic: the Japanese search index, checking typed fields, files (PDF text, thumbnails), safe text, mails and background jobs. */
package jp.tokyo23city.portal.board.control;
