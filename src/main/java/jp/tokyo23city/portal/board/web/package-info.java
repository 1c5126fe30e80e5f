/** Backing beans of /board/ and /admin/board/, and the servlet that serves attached files. */
package jp.tokyo23city.portal.board.web;
