import type { FtpClassKey, FtpCode } from '../../codes/ftp';
import type { Message } from '../../codes/types';

/** English titles and descriptions of FTP reply codes and classes. */
export const ftp = {
  '1xx': {
    title: 'Positive Preliminary Reply',
    description:
      'The server has started the requested action. Another reply follows before the client sends its next command.',
  },
  '2xx': {
    title: 'Positive Completion Reply',
    description: 'The requested action has been completed successfully. The client may send a new command.',
  },
  '3xx': {
    title: 'Positive Intermediate Reply',
    description:
      'The command was accepted, but the server needs more information from the client, usually the next command ' +
      'of a sequence, before it can complete the action.',
  },
  '4xx': {
    title: 'Transient Negative Completion Reply',
    description: 'The command failed, but the cause is temporary. Sending the same command again later may succeed.',
  },
  '5xx': {
    title: 'Permanent Negative Completion Reply',
    description:
      'The command failed, and sending it again unchanged will fail the same way. Change the command or its arguments.',
  },
  '6xx': {
    title: 'Protected Reply',
    description:
      'The reply is protected by the security mechanism negotiated under RFC 2228. Its text is an encoded reply that ' +
      'the client must decode and verify to read the actual answer.',
  },

  110: {
    title: 'Restart Marker Reply',
    description:
      'The server reports a restart marker in the fixed form "MARK yyyy = mmmm", pairing the client\'s marker with ' +
      'its own. The client can use it to resume an interrupted transfer.',
  },
  120: {
    title: 'Service Ready in nnn Minutes',
    description:
      'The server is not ready yet and expects to accept new users in about nnn minutes. It sends 220 once it is ready.',
  },
  125: {
    title: 'Data Connection Already Open; Transfer Starting',
    description: 'A data connection is already open, and the server is starting the transfer on it.',
  },
  150: {
    title: 'File Status Okay; About to Open Data Connection',
    description: 'The file is ready, and the server is about to open the data connection for the transfer.',
  },
  200: {
    title: 'Command Okay',
    description: 'The command was accepted and carried out.',
  },
  202: {
    title: 'Command Not Implemented, Superfluous at This Site',
    description:
      'The server does not implement this command because it serves no purpose on this site. Nothing needed to be ' +
      'done, so the client can go on.',
  },
  211: {
    title: 'System Status, or System Help Reply',
    description: 'The server returns its status or general help information, for example in reply to STAT or FEAT.',
  },
  212: {
    title: 'Directory Status',
    description: 'The server returns status information about a directory.',
  },
  213: {
    title: 'File Status',
    description:
      'The server returns status information about a file, such as its size (SIZE) or modification time (MDTM).',
  },
  214: {
    title: 'Help Message',
    description:
      'The server returns help on how to use it or on what a non-standard command means. The text is meant for a ' +
      'human reader.',
  },
  215: {
    title: 'NAME System Type',
    description:
      'The server names its operating system type, such as "UNIX Type: L8", using an official system name from the ' +
      'list now kept by IANA.',
  },
  220: {
    title: 'Service Ready for New User',
    description:
      'The server is ready to accept a new user. This is usually the greeting sent when the control connection opens.',
  },
  221: {
    title: 'Service Closing Control Connection',
    description:
      'The server is closing the control connection, usually in reply to QUIT. The user has been logged out where ' +
      'that applies.',
  },
  225: {
    title: 'Data Connection Open; No Transfer in Progress',
    description: 'The data connection is open, and no transfer is in progress on it.',
  },
  226: {
    title: 'Closing Data Connection',
    description:
      'The server is closing the data connection because the requested file action succeeded, for example a ' +
      'completed transfer or an aborted one.',
  },
  227: {
    title: 'Entering Passive Mode',
    description:
      'The server is waiting for the data connection at the IPv4 address and port given as (h1,h2,h3,h4,p1,p2). The ' +
      'client should connect there.',
  },
  228: {
    title: 'Entering Long Passive Mode',
    description:
      'The server is waiting for the data connection at the long address and port given in the reply. This answers ' +
      'the experimental LPSV command of RFC 1639, which EPSV (229) has largely replaced.',
  },
  229: {
    title: 'Entering Extended Passive Mode',
    description:
      'The server is waiting for the data connection on the port given as (|||port|). The client connects to that ' +
      'port at the same address it uses for the control connection.',
  },
  230: {
    title: 'User Logged In, Proceed',
    description: 'Login succeeded. The client can now use the commands this user is allowed to run.',
  },
  232: {
    title: 'User Logged In, Authorized by Security Data Exchange',
    description:
      'Login succeeded without a password, because the security data exchanged earlier already proves who the user is.',
  },
  234: {
    title: 'Security Data Exchange Complete',
    description:
      'The server accepts the security mechanism requested with AUTH, and no security data needs to be exchanged. ' +
      'For AUTH TLS, the TLS handshake starts next.',
  },
  235: {
    title: 'Security Data Exchange Completed Successfully',
    description:
      'The security data sent with ADAT was accepted and the exchange is complete. The reply may carry final ' +
      'security data for the client.',
  },
  250: {
    title: 'Requested File Action Okay, Completed',
    description:
      'The requested file action, such as changing the directory or deleting or renaming a file, has been completed.',
  },
  257: {
    title: '"PATHNAME" Created',
    description:
      'The directory was created (MKD), or the current directory is reported (PWD). The path name is given in double ' +
      'quotes.',
  },
  331: {
    title: 'User Name Okay, Need Password',
    description: 'The server accepted the user name and now needs the password. Send it with PASS.',
  },
  332: {
    title: 'Need Account for Login',
    description: 'The server needs account information before the login can complete. Send it with ACCT.',
  },
  334: {
    title: 'Security Mechanism Okay',
    description:
      'The server accepts the security mechanism requested with AUTH. The reply may carry security data, and the ' +
      'client continues the exchange with ADAT.',
  },
  335: {
    title: 'Security Data Acceptable, More Required',
    description:
      'The security data sent with ADAT was accepted, but more is needed to complete the exchange. Send the next ADAT.',
  },
  336: {
    title: 'User Name Okay, Need Password; Challenge Follows',
    description:
      'The server accepted the user name and gives a challenge in the reply text. The password sent with PASS is the ' +
      'answer to that challenge, for example a one-time password.',
  },
  350: {
    title: 'Requested File Action Pending Further Information',
    description:
      'The server needs another command to complete the action, such as RNTO after RNFR, or the transfer command ' +
      'after REST.',
  },
  421: {
    title: 'Service Not Available, Closing Control Connection',
    description:
      'The server is closing the control connection, for example because it is shutting down or has too many ' +
      'users. It may send this in reply to any command. Try again later.',
  },
  425: {
    title: "Can't Open Data Connection",
    description:
      'The server could not open the data connection. Check the passive or active mode setting and any firewall or NAT ' +
      'in between, then try again.',
  },
  426: {
    title: 'Connection Closed; Transfer Aborted',
    description: 'The data connection was closed and the transfer was aborted. Start the transfer again.',
  },
  431: {
    title: 'Need Some Unavailable Resource to Process Security',
    description:
      'The server cannot process the security request now because a resource it needs is unavailable. A later ' +
      'attempt may succeed.',
  },
  450: {
    title: 'Requested File Action Not Taken: File Unavailable',
    description:
      'The file action was not performed because the file is unavailable for now, for example because it is busy. ' +
      'Try again later.',
  },
  451: {
    title: 'Requested Action Aborted: Local Error in Processing',
    description: 'The server stopped the action because of an error on its side while processing it. Try again later.',
  },
  452: {
    title: 'Requested Action Not Taken: Insufficient Storage Space',
    description: 'The action was not performed because the server does not have enough storage space right now.',
  },
  500: {
    title: 'Syntax Error, Command Unrecognized',
    description:
      'The server did not recognize the command. The cause may be a syntax error or a command line that is too long.',
  },
  501: {
    title: 'Syntax Error in Parameters or Arguments',
    description: 'The command is known, but its parameters or arguments are not valid.',
  },
  502: {
    title: 'Command Not Implemented',
    description: 'The server does not implement this command.',
  },
  503: {
    title: 'Bad Sequence of Commands',
    description: 'The command came in the wrong order, for example PASS before USER, or RNTO without RNFR.',
  },
  504: {
    title: 'Command Not Implemented for That Parameter',
    description:
      'The server implements the command, but not with the parameter given, for example an unsupported TYPE or MODE.',
  },
  522: {
    title: 'Network Protocol Not Supported',
    description:
      'The server does not support the network protocol requested with EPRT or EPSV. The reply lists the ones it ' +
      'supports, for example (1,2) for IPv4 and IPv6.',
  },
  530: {
    title: 'Not Logged In',
    description: 'The command requires a login, or the login failed. Log in with valid credentials first.',
  },
  532: {
    title: 'Need Account for Storing Files',
    description: 'The server needs account information, sent with ACCT, before it accepts files.',
  },
  533: {
    title: 'Command Protection Level Denied for Policy Reasons',
    description:
      'The server refuses commands sent at this protection level because of its security policy, for example ' +
      'because it requires protected commands.',
  },
  534: {
    title: 'Request Denied for Policy Reasons',
    description: 'The server refuses the request because its security policy does not allow it.',
  },
  535: {
    title: 'Failed Security Check',
    description:
      'A protected command failed its security check, for example because of a wrong hash or sequence number.',
  },
  536: {
    title: 'Requested PROT Level Not Supported by Mechanism',
    description: 'The security mechanism in use cannot provide the data channel protection level requested with PROT.',
  },
  537: {
    title: 'Command Protection Level Not Supported by Security Mechanism',
    description: 'The security mechanism in use cannot protect commands at the requested level (MIC, CONF or ENC).',
  },
  550: {
    title: 'Requested Action Not Taken: File Unavailable',
    description:
      'The action was not performed because the file or directory is unavailable, for example it does not exist or ' +
      'access to it is denied.',
  },
  551: {
    title: 'Requested Action Aborted: Page Type Unknown',
    description: 'The server stopped the action because it does not know the page type of the file (page structure).',
  },
  552: {
    title: 'Requested File Action Aborted: Exceeded Storage Allocation',
    description:
      'The server stopped the action because the storage allocated to the current directory or dataset is used up.',
  },
  553: {
    title: 'Requested Action Not Taken: File Name Not Allowed',
    description: 'The action was not performed because the server does not allow this file name.',
  },
  631: {
    title: 'Integrity Protected Reply',
    description:
      'The reply text is a base64-encoded message protected for integrity. The client decodes and verifies it to get ' +
      'the actual reply.',
  },
  632: {
    title: 'Confidentiality and Integrity Protected Reply',
    description:
      'The reply text is a base64-encoded message that is encrypted and protected for integrity. The client decodes, ' +
      'decrypts and verifies it to get the actual reply.',
  },
  633: {
    title: 'Confidentiality Protected Reply',
    description:
      'The reply text is a base64-encoded, encrypted message. The client decodes and decrypts it to get the actual ' +
      'reply.',
  },
} as const satisfies Record<FtpCode | FtpClassKey, Message>;
