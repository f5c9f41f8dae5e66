/**
 * Microsoft's Office add-in Prettier settings (office-addin-prettier-config), with this project's line
 * width: the code was written at 160 columns, and reflowing it to 100 would double long signatures
 * without making them clearer.
 */
module.exports = { ...require("office-addin-prettier-config"), printWidth: 160 };
