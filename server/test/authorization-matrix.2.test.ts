/** Half 2 of the authorization matrix (server/test/authorization-matrix.ts). */
import { describeAuthorizationMatrix } from './authorization-matrix';

describeAuthorizationMatrix(2);
