/** The board's data: post types with their fields, threads, replies, attachments, interest, history, follows and read marks. */
package jp.tokyo23city.portal.board.entity;
