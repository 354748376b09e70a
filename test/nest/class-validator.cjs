module.exports = require('./peers.cjs').load('class-validator');
