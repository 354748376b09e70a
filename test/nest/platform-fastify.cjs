module.exports = require('./peers.cjs').load('@nestjs/platform-fastify');
