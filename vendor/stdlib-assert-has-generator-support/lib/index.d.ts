/** Whether the engine supports generator functions: always true for the engines we serve. */
declare function hasGeneratorSupport(): boolean;
export = hasGeneratorSupport;
