/** The probe scripts' `--name=value` options: `opt('runs', '3')` reads `--runs=…`, else the fallback. */
const argv = process.argv.slice(2);
export const opt = (name: string, fallback: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
