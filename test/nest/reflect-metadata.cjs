module.exports = require('./peers.cjs').load('reflect-metadata');
