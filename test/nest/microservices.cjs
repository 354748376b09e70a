module.exports = require('./peers.cjs').load('@nestjs/microservices');
