module.exports = require('./peers.cjs').load('rxjs');
