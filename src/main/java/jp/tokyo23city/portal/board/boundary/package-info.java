/** The board's services for pages: posting, replying, lists and search, interest, status, moderation, follows; roles and ownership are checked here. */
package jp.tokyo23city.portal.board.boundary;
