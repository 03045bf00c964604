import { Form, Link } from "@remix-run/react";

export type FilterSelect = {
  name: string;
  label: string;
  value: string | null;
  anyLabel: string;
  options: { value: string; label: string }[];
};

export type FilterSearch = { name: string; label: string; value: string };

/** A GET form of select filters and an optional text search (works without JavaScript), with a link that clears them. */
export function FilterBar(props: {
  label: string;
  selects: FilterSelect[];
  search?: FilterSearch;
  applyLabel: string;
  clearLabel: string;
  clearTo: string;
}) {
  const filtered = props.selects.some((select) => select.value) || Boolean(props.search?.value);
  return (
    <Form method="get" className="filters" aria-label={props.label}>
      {props.search ? (
        <div className="field">
          <label htmlFor={`filter-${props.search.name}`}>{props.search.label}</label>
          <input id={`filter-${props.search.name}`} name={props.search.name} type="search" defaultValue={props.search.value} key={props.search.value} maxLength={100} />
        </div>
      ) : null}
      {props.selects.map((select) => (
        <div className="field" key={select.name}>
          <label htmlFor={`filter-${select.name}`}>{select.label}</label>
          <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""} key={`${select.name}-${select.value}`}>
            <option value="">{select.anyLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {props.applyLabel}
      </button>
      {filtered ? (
        <Link to={props.clearTo} className="filters__clear">
          {props.clearLabel}
        </Link>
      ) : null}
    </Form>
  );
}
