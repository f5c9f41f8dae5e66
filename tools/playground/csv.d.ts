/** webpack's asset/source loader gives .csv files as strings. */
declare module "*.csv" {
  const text: string;
  export default text;
}
