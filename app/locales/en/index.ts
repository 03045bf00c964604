import { auth } from "./auth";
import { certificates } from "./certificates";
import { common } from "./common";
import { courses } from "./courses";
import { errors } from "./errors";
import { glossary } from "./glossary";
import { home } from "./home";
import { jobs } from "./jobs";
import { manage } from "./manage";
import { privacy } from "./privacy";
import { reports } from "./reports";
import { bulletins } from "./bulletins";
import { resources } from "./resources";
import { trainer } from "./trainer";
import { trainings } from "./trainings";
import { validation } from "./validation";
import { webinars } from "./webinars";

export const translation = { common, auth, certificates, courses, errors, glossary, bulletins, home, jobs, manage, privacy, reports, resources, trainer, trainings, validation, webinars };
