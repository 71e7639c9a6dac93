import { setPasswordCostForTests } from "../auth/passwords.ts";

// Runs before every unit test file (vitest.config.ts). Scrypt's production cost is slow on
// purpose; unit tests create accounts by the dozen, so they hash with the smallest cost scrypt
// takes. Passwords are still really hashed and checked, through the same code.
setPasswordCostForTests({ N: 2, r: 1, p: 1 });
